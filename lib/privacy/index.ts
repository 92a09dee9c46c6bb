// lib/privacy: what of a resident's personal data a screen may show.
export { maskIdNumber, maskPhone } from './mask';
