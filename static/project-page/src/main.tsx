import { mount } from '../../common/mount';
import { ProjectPage } from './project-page';

mount(ProjectPage);
