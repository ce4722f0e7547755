/** @jest-environment jsdom */
import { summarize } from '../../../src/core/summary';
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Finding } from '../../../src/core/findings';
import type { Lang } from '../../../src/core/messages';
import type { CheckResult } from '../../../src/core/result';
import { FindingsPanel } from '../../../src/taskpane/findings/FindingsPanel';
import { PAGE_SIZE } from '../../../src/taskpane/findings/usePaged';
import { LangProvider } from '../../../src/taskpane/i18n/LangContext';
import { unionResult } from '../../report/unionFixture';

/** The fixture's result plus `extra` made-up members, each with one finding on its own row. */
function manyMembers(extra: number): CheckResult {
  const base = unionResult();
  const model = base.findings.find(
    (f): f is Finding & { subject: { kind: 'member' } } =>
      f.subject.kind === 'member' && f.ref !== undefined,
  )!;
  const added: Finding[] = Array.from({ length: extra }, (_, i) => ({
    ...model,
    subject: { ...model.subject, studentId: `X${1000 + i}`, name: `成员${i}` },
    ref: { ...model.ref!, row: 1000 + i },
  }));
  return { ...base, findings: [...base.findings, ...added] };
}

// Members with notes only (a freshman's exemption) are listed under 说明, not as cards.
function memberCount(result: CheckResult): number {
  return summarize(result).flaggedMembers.length;
}

function show(result: CheckResult, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>
        <FindingsPanel result={result} summary={summarize(result)} onSelect={() => undefined} />
      </LangProvider>
    </FluentProvider>,
  );
}

const groups = () => document.querySelectorAll('[data-group]');

describe('findings drawn a page at a time', () => {
  const result = manyMembers(120);
  const members = memberCount(result);

  it('draws the first page of members and says how many are left', () => {
    expect(members).toBeGreaterThan(2 * PAGE_SIZE);
    show(result);
    expect(groups()).toHaveLength(PAGE_SIZE);
    expect(
      screen.getByRole('button', { name: `显示更多（还有 ${members - PAGE_SIZE} 项）` }),
    ).toBeInTheDocument();
  });

  it('appends a page per press, moves focus to the first new finding, and drops the button at the end', async () => {
    const user = userEvent.setup({ delay: null });
    show(result);
    const firstShown = groups()[0]!.getAttribute('data-group');
    await user.click(screen.getByRole('button', { name: /^显示更多/ }));
    expect(groups()).toHaveLength(2 * PAGE_SIZE);
    // The groups already on screen stay where they were; the new ones follow.
    expect(groups()[0]!.getAttribute('data-group')).toBe(firstShown);
    expect(document.activeElement).toBe(groups()[PAGE_SIZE]!.querySelector('button[data-finding]'));
    const left = members - 2 * PAGE_SIZE;
    await user.click(screen.getByRole('button', { name: `显示更多（还有 ${left} 项）` }));
    expect(groups()).toHaveLength(members);
    expect(screen.queryByRole('button', { name: /^显示更多/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(
      groups()[2 * PAGE_SIZE]!.querySelector('button[data-finding]'),
    );
    // Every member's findings are on screen once all pages are.
    const shownMembers = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-finding]')].map((e) => e.dataset.subject),
    );
    expect(shownMembers.size).toBe(members);
  });

  it('draws a short list whole, with no button, and speaks English in an English pane', () => {
    show(manyMembers(0), 'en');
    expect(groups()).toHaveLength(memberCount(manyMembers(0)));
    expect(screen.queryByRole('button', { name: /^Show more/ })).not.toBeInTheDocument();
  });

  it('names each member’s group by name and student ID, so two of the same name differ', () => {
    const twins = manyMembers(2);
    const named: CheckResult = {
      ...twins,
      findings: twins.findings.map((f) =>
        f.subject.kind === 'member' && f.subject.studentId.startsWith('X')
          ? { ...f, subject: { ...f.subject, name: '张伟' } }
          : f,
      ),
    };
    show(named);
    expect(screen.getByRole('region', { name: '张伟 学号 X1000' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '张伟 学号 X1001' })).toBeInTheDocument();
  });

  it('names the rest in English', () => {
    show(result, 'en');
    expect(
      screen.getByRole('button', { name: `Show more (${members - PAGE_SIZE} left)` }),
    ).toBeInTheDocument();
  });
});
