/**
 * A table of figures laid out like Jira's report tables: a caption for screen readers, header cells in the
 * subtle bold of Jira's tables, a line under each row, numbers right-aligned in tabular digits so that
 * columns of hours line up, and a horizontal scroll of its own when the columns outgrow the page.
 * Native table elements, so headers, scopes and captions mean to assistive technology what they say.
 */
import { forwardRef, type ReactNode } from 'react';
import { Box, xcss } from '@atlaskit/primitives';

const scroller = xcss({ overflowX: 'auto', width: '100%', maxWidth: '100%' });
const focusable = xcss({ ':focus-visible': { outlineWidth: 'border.width.focused', outlineStyle: 'solid', outlineColor: 'color.border.focused' } });
const table = xcss({ borderCollapse: 'collapse', width: '100%', font: 'font.body' });
const caption = xcss({
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
});
const cell = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  textAlign: 'start',
  verticalAlign: 'middle',
});
// Column headers stay in view when the table scrolls inside a box of limited height.
const head = xcss({
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
  color: 'color.text.subtle',
  borderBlockEndWidth: 'border.width.selected',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
  position: 'sticky',
  insetBlockStart: 'space.0',
  backgroundColor: 'elevation.surface',
  zIndex: 'card',
});
const figure = xcss({ textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' });
const strong = xcss({ fontWeight: 'font.weight.semibold' });
const totalRow = xcss({ borderBlockStartWidth: 'border.width.selected', borderBlockStartStyle: 'solid', borderBlockStartColor: 'color.border.bold' });
const noWrap = xcss({ whiteSpace: 'nowrap' });
const currentRow = xcss({ backgroundColor: 'color.background.selected' });
const sticky = xcss({ position: 'sticky', insetInlineStart: 'space.0', backgroundColor: 'elevation.surface', zIndex: 'card' });

interface TableProps {
  /** Says what the table holds; read by screen readers, not shown. */
  caption: string;
  /** A long table scrolls in a box this tall, its header row kept in view; keyboard users can scroll it too. */
  maxHeight?: string;
  children: ReactNode;
  testId?: string;
}

export const FigureTable = forwardRef<HTMLDivElement, TableProps>(function FigureTable({ caption: text, maxHeight, children, testId }, ref) {
  const scrolls = maxHeight !== undefined;
  return (
    <Box
      ref={ref}
      xcss={[scroller, scrolls && focusable]}
      style={scrolls ? { maxHeight, overflowY: 'auto' } : undefined}
      tabIndex={scrolls ? 0 : undefined}
      aria-label={scrolls ? `${text} (scrolls)` : undefined}
      role={scrolls ? 'region' : undefined}
      testId={testId}
    >
      <Box as="table" xcss={table}>
        <Box as="caption" xcss={caption}>
          {text}
        </Box>
        {children}
      </Box>
    </Box>
  );
});

interface CellProps {
  children?: ReactNode;
  /** Right-aligned tabular digits. */
  numeric?: boolean;
  /** A row or column header cell (th) with its scope; a plain data cell (td) otherwise. */
  header?: 'column' | 'row';
  /** Totals and the first column are set in semibold. */
  emphasis?: boolean;
  /** Keeps the cell in view while the table scrolls sideways (the name column). */
  stickyStart?: boolean;
  /** Keeps a short label ("W36 2026") on one line. */
  nowrap?: boolean;
  title?: string;
  colSpan?: number;
  testId?: string;
}

export function FigureCell({ children, numeric = false, header, emphasis = false, stickyStart = false, nowrap = false, title, colSpan, testId }: CellProps) {
  const styles = [cell, header === 'column' && head, numeric && figure, emphasis && strong, stickyStart && sticky, nowrap && noWrap];
  if (header) {
    return (
      <Box as="th" xcss={styles} scope={header === 'column' ? 'col' : 'row'} title={title} colSpan={colSpan} testId={testId}>
        {children}
      </Box>
    );
  }
  return (
    <Box as="td" xcss={styles} title={title} colSpan={colSpan} testId={testId}>
      {children}
    </Box>
  );
}

interface RowProps {
  children: ReactNode;
  /** The totals row: a heavier line above it. */
  total?: boolean;
  /** The row of the current period (this week): highlighted and marked aria-current. */
  current?: boolean;
  testId?: string;
}

export function FigureRow({ children, total = false, current = false, testId }: RowProps) {
  return (
    <Box as="tr" xcss={[total && totalRow, current && currentRow]} aria-current={current ? 'date' : undefined} testId={testId}>
      {children}
    </Box>
  );
}
