import { parseSchedule } from './schedule';

describe('monitoring schedules', () => {
  it('runs "every" schedules on windows aligned to the epoch', () => {
    const hourly = parseSchedule('every 1h');
    const end = hourly.nextEnd(new Date('2026-12-04T10:20:00Z'));
    expect(end.toISOString()).toBe('2026-12-04T11:00:00.000Z');
    expect(hourly.windowEndingAt(end)).toEqual({ start: new Date('2026-12-04T10:00:00Z'), end });
    // A window that ends exactly now is not the next one.
    expect(hourly.nextEnd(end).toISOString()).toBe('2026-12-04T12:00:00.000Z');
  });

  it('runs cron schedules from one firing to the next, in UTC', () => {
    const daily = parseSchedule('30 2 * * *');
    const end = daily.nextEnd(new Date('2026-12-04T10:20:00Z'));
    expect(end.toISOString()).toBe('2026-12-05T02:30:00.000Z');
    expect(daily.windowEndingAt(end).start.toISOString()).toBe('2026-12-04T02:30:00.000Z');
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => parseSchedule('every 5x')).toThrow(/period/);
    expect(() => parseSchedule('every 2s')).toThrow(/at most every 10s/);
    expect(() => parseSchedule('sometimes')).toThrow(/neither/);
    expect(() => parseSchedule('61 * * * *')).toThrow(/cron/);
  });
});
