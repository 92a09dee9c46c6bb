import { mount } from '@/components/app/mount';
import { WorkspaceApp } from '@/components/workspace/WorkspaceApp';

mount(<WorkspaceApp />);
