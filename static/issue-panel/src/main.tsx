import { mount } from '../../common/mount';
import { IssuePanel } from './issue-panel';

mount(IssuePanel);
