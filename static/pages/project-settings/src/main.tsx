import { mount } from '../../../shared/frame/mount';
import { SettingsPage } from './settings-page';

mount(SettingsPage);
