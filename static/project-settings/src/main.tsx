import { mount } from '../../common/mount';
import { SettingsPage } from './settings-page';

mount(SettingsPage);
