import { mount } from '@/components/app/mount';
import { PopupApp } from '@/components/popup/PopupApp';

mount(<PopupApp />);
