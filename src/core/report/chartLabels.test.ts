import { headsAllowed, percentText, politicalLabel, rankLabel, staffAllowed } from './chartLabels';

describe('chart labels', () => {
  it('names the heads and staff allowed in both languages', () => {
    expect(headsAllowed({ headsMin: 2, headsMax: 3 }, 'zh')).toBe('2–3 人');
    expect(headsAllowed({ headsMin: 2 }, 'en')).toBe('at least 2');
    expect(headsAllowed({ headsMax: 3 }, 'zh')).toBe('至多 3 人');
    expect(headsAllowed(undefined, 'zh')).toBe('—');
    expect(staffAllowed(6, 'zh')).toBe('至多 6 人');
    expect(staffAllowed(undefined, 'en')).toBe('—');
  });

  it('puts the policy’s top share into the rank bands', () => {
    const data = { topBand: 10, topPercent: 25 };
    expect(rankLabel('withinTop', data, 'zh')).toBe('前 10%–25%');
    expect(rankLabel('beyond', data, 'en')).toBe('Below top 25%');
    expect(politicalLabel('probationary', 'zh')).toBe('中共预备党员');
  });

  it('rounds a share to a whole percentage', () => {
    expect(percentText(2 / 15)).toBe('13%');
    expect(percentText(0)).toBe('0%');
  });
});
