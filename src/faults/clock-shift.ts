/**
 * Preload module (`node --import`) that runs a process on a wrong wall clock: `Date` and `Date.now()` are shifted
 * by HOTPOT_FAULTS_CLOCK_OFFSET_MS (monotonic timers are untouched), as on a host whose clock drifted.
 */
const offset = Number(process.env.HOTPOT_FAULTS_CLOCK_OFFSET_MS ?? 0);

if (Number.isFinite(offset) && offset !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

export {};
