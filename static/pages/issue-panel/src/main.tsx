import { mount } from '../../../shared/frame/mount';
import { IssuePanel } from './issue-panel';

mount(IssuePanel);
