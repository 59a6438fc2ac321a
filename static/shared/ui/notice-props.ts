import type { ReactNode } from 'react';

export interface NoticeAction {
  text: string;
  onClick: () => void;
}

export interface NoticeProps {
  appearance: 'information' | 'warning' | 'error' | 'success' | 'discovery';
  title?: string;
  children: ReactNode;
  actions?: NoticeAction[];
  testId?: string;
}
