import { mount } from '../../../shared/frame/mount';
import { ProjectPage } from './project-page';

mount(ProjectPage);
