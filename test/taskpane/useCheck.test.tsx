/** @jest-environment jsdom */
import './support/jsdomGlobals';
import { act, renderHook, waitFor } from '@testing-library/react';
import { presetPolicy } from '../../src/core/policy/presets';
import { useCheck } from '../../src/taskpane/check/useCheck';
import { MemoryGateway } from './support/memoryGateway';
import { sampleSheets } from './support/workbook';

describe('useCheck', () => {
  it('ignores run() while a check is under way, and reports progress', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    gateway.hold();
    const { result } = renderHook(() => useCheck(gateway, 'zh'));
    act(() => {
      result.current.run({ policy: presetPolicy() });
      result.current.run({ policy: presetPolicy() });
    });
    await waitFor(() => expect(result.current.state.status).toBe('reading'));
    const rows = sampleSheets().reduce((n, s) => n + s.rows.length, 0);
    await waitFor(() =>
      expect(result.current.state).toMatchObject({ progress: { phase: 'read', total: rows } }),
    );
    act(() => result.current.run({ policy: presetPolicy() }));
    act(() => gateway.resume());
    await waitFor(() => expect(result.current.state.status).toBe('checked'));
    expect(gateway.checks).toHaveLength(1);
    act(() => result.current.run({ policy: presetPolicy() }));
    await waitFor(() => expect(gateway.checks).toHaveLength(2));
  });

  it('turns a gateway failure into a sentence from the catalogue', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    gateway.check = () =>
      Promise.reject(
        Object.assign(new Error('x'), { messageKey: 'io.denied', params: { file: 'a.xlsx' } }),
      );
    const { result } = renderHook(() => useCheck(gateway, 'zh'));
    act(() => result.current.run({ policy: presetPolicy() }));
    await waitFor(() => expect(result.current.state.status).toBe('failed'));
    expect(result.current.state).toEqual({
      status: 'failed',
      message: '没有权限读取文件「a.xlsx」。',
    });
  });

  it('says what went wrong when the error carries no message key', async () => {
    const gateway = new MemoryGateway(sampleSheets());
    gateway.check = () => Promise.reject(new TypeError('boom'));
    const { result } = renderHook(() => useCheck(gateway, 'en'));
    act(() => result.current.run({ policy: presetPolicy() }));
    await waitFor(() => expect(result.current.state.status).toBe('failed'));
    expect(result.current.state).toMatchObject({ message: expect.stringContaining('boom') });
  });
});
