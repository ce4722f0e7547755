import { nextTask, timeSlicer } from './pause';

describe('time slices', () => {
  it('yields only once the budget has passed, then counts afresh from the yield', async () => {
    let clock = 0;
    let pauses = 0;
    const slice = timeSlicer(
      40,
      () => clock,
      () => {
        pauses++;
        return Promise.resolve();
      },
    );
    clock = 39;
    expect(slice()).toBeUndefined();
    clock = 40;
    await slice();
    expect(pauses).toBe(1);
    clock = 79;
    expect(slice()).toBeUndefined();
    clock = 80;
    await slice();
    expect(pauses).toBe(2);
  });

  it('lets queued tasks run before it resolves', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const task = nextTask().then(() => order.push('after pause'));
    order.push('before pause');
    await task;
    expect(order).toEqual(['timer', 'before pause', 'after pause']);
  });
});
