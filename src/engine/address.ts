/** The made-up addresses reprs show (`<function f at 0x7f0000001000>`). */
import { rt } from './runtime';

/** Programs cannot rely on addresses; give each object a stable made-up one (per run). */
export function fakeAddress(o: object): string {
  const r = rt();
  let a = r.addresses.get(o);
  if (!a) {
    a = '0x' + r.nextAddress.toString(16);
    r.nextAddress += 0x40;
    r.addresses.set(o, a);
  }
  return a;
}
