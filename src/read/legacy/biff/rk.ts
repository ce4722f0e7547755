const scratch = new DataView(new ArrayBuffer(8));

/**
 * An RK number (MS-XLS 2.5.217): either a 30-bit signed integer or the top 30 bits of a double,
 * then divided by 100 when bit 0 says so. Writers use it for small integers and two-decimal scores.
 */
export function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) {
    value = rk >> 2;
  } else {
    scratch.setUint32(0, 0, true);
    scratch.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    value = scratch.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}
