/**
 * A dropdown menu (trigger button + list of items), keyboard operable: arrow keys move, Escape
 * closes and returns focus. @atlaskit/dropdown-menu is not installed, so this follows its behaviour.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export interface MenuItem {
  key: string;
  label: ReactNode;
  description?: string;
  selected?: boolean;
  testId?: string;
  onSelect: () => void;
}

interface PopupMenuProps {
  trigger: (props: { ref: (element: HTMLButtonElement | null) => void; onClick: () => void; 'aria-haspopup': 'menu'; 'aria-expanded': boolean; 'aria-controls': string }) => ReactNode;
  items: MenuItem[];
  label: string;
  align?: 'start' | 'end';
  testId?: string;
}

export function PopupMenu({ trigger, items, label, align = 'start', testId }: PopupMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[Math.max(0, items.findIndex((item) => item.selected))]?.focus();
    const onPointer = (event: PointerEvent) => {
      if (containerRef.current && !containerRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, items]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.findIndex((element) => element === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      itemRefs.current[(current + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div ref={containerRef} style={{ position: 'relative', display: 'inline-block' }}>
      {trigger({
        ref: (element) => {
          triggerRef.current = element;
        },
        onClick: () => setOpen((value) => !value),
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': menuId,
      })}
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          data-testid={testId}
          onKeyDown={onKeyDown}
          style={{
            position: 'absolute',
            top: 'calc(100% + 4px)',
            [align === 'end' ? 'right' : 'left']: 0,
            minWidth: 220,
            background: token('elevation.surface.overlay'),
            boxShadow: token('elevation.shadow.overlay'),
            borderRadius: token('radius.small', '4px'),
            padding: `${token('space.050')} 0`,
            zIndex: 500,
          }}
        >
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role={item.selected === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.selected === undefined ? undefined : item.selected}
              data-testid={item.testId}
              className="shell-menu-item"
              onClick={() => {
                close();
                // After this click has finished propagating: a modal opened synchronously would see it as an outside click and close.
                window.setTimeout(item.onSelect, 0);
              }}
            >
              <span style={{ display: 'block' }}>{item.label}</span>
              {item.description ? <span style={{ display: 'block', color: token('color.text.subtlest'), font: token('font.body.small') }}>{item.description}</span> : null}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
