import { mount } from '@/components/app/mount';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';

mount(<SidePanelApp />);
