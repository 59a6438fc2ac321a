import { mount } from '../../common/mount';
import { SprintAction } from './sprint-action';

mount(SprintAction);
