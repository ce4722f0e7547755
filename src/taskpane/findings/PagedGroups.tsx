import { Button, makeStyles } from '@fluentui/react-components';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/LangContext';
import { usePaged } from './usePaged';
import { useFindingsNavigation } from './useFindingsNavigation';
import { useGroupStyles } from './useGroupStyles';

const useStyles = makeStyles({ more: { alignSelf: 'flex-start' } });

/**
 * After 显示更多 the button may vanish, so focus goes to the first finding of the groups just
 * drawn (the list's own Tab stop), or stays on the button when those have nothing to focus.
 */
function focusAfterMore(list: HTMLElement | null, from: number, button: HTMLElement | null) {
  const groups = list ? [...list.querySelectorAll<HTMLElement>('[data-group]')].slice(from) : [];
  for (const group of groups) {
    const target = group.querySelector<HTMLElement>('button[data-finding]');
    if (target) return target.focus();
  }
  button?.focus();
}

/** A findings list drawn a page at a time: one Tab stop with ↑/↓ inside, then 显示更多. */
export function PagedGroups<G extends { readonly key: string }>(props: {
  groups: readonly G[];
  renderGroup: (group: G) => ReactNode;
}) {
  const styles = useGroupStyles();
  const own = useStyles();
  const tr = useT();
  const navigation = useFindingsNavigation();
  const { shown, remaining, more } = usePaged(props.groups);
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focusFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (focusFrom.current === undefined) return;
    const from = focusFrom.current;
    focusFrom.current = undefined;
    focusAfterMore(list.current, from, button.current);
  }, [shown]);
  return (
    <>
      <div ref={list} className={styles.list} {...navigation}>
        {shown.map((group) => (
          <Fragment key={group.key}>{props.renderGroup(group)}</Fragment>
        ))}
      </div>
      {remaining > 0 && (
        <Button
          // A callback ref: Fluent's Button types its ref as Ref<never> when optional props are exact.
          ref={(el: HTMLButtonElement | null) => {
            button.current = el;
          }}
          className={own.more}
          appearance="secondary"
          data-show-more={remaining}
          onClick={() => {
            focusFrom.current = shown.length;
            more();
          }}
        >
          {tr('ui.findings.showMore', { count: remaining })}
        </Button>
      )}
    </>
  );
}
