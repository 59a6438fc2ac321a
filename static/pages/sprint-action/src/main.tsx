import { mount } from '../../../shared/frame/mount';
import { SprintAction } from './sprint-action';

mount(SprintAction);
