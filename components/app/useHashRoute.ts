import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentRoute = () => window.location.hash.replace(/^#/, '') || '/';
/** The path of the route in the URL's hash ('/topics'), outside React. */
export const currentPath = () => currentRoute().split('?')[0];

/** The route in the URL's hash ('/topics?year=2023'), and a way to go elsewhere. */
export function useHashRoute(): { path: string; params: URLSearchParams; navigate: (route: string) => void } {
  const route = useSyncExternalStore(subscribe, currentRoute);
  const [path, query = ''] = route.split('?');
  return { path, params: new URLSearchParams(query), navigate: (to) => { window.location.hash = to; } };
}
