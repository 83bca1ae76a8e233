/**
 * Python 3.13's number <-> text conversions, matching CPython character for character:
 *
 *  - repr()/str() of float (`floatRepr`), str() of int (`intToStr`);
 *  - format() / f-string specs for int, float and str (`formatInt`, `formatFloat`,
 *    `formatStr`): the whole format-spec mini-language of Python/formatter_unicode.c,
 *    with floats rendered as PyOS_double_to_string / format_float_short do (correctly
 *    rounded from the exact binary value, ties to even);
 *  - round() for floats and ints (`roundFloat`, `roundHalfEven`, `roundInt`);
 *  - float(str) and int(str, base) parsing (`floatFromString`, `intFromString`).
 *
 * Digits come from JS's own conversions where those are exact (Number#toString gives the
 * same shortest round-trip digits as CPython's repr; toFixed/toExponential are correctly
 * rounded but break exact ties upwards, so exact binary ties are detected and redone),
 * and from exact BigInt arithmetic everywhere else.
 *
 * Pure: no DOM, no Date, no host APIs. Errors are thrown as `FormatError` values.
 *
 * This file is the public entry; the code lives in ./numfmt/, one concept a file:
 * common (PyInt, FormatError, shared helpers), float-digits (digits and float repr),
 * int-conv (int <-> str/float), format-spec / format-layout / format-value (format()),
 * round (round()), parse (float(str), int(str, base)) and str-repr (repr of a str).
 */

export type { FormatErrorKind, PyInt } from './numfmt/common';
export { FormatError, INT_MAX_STR_DIGITS, SEQ_LIMIT_MESSAGE } from './numfmt/common';
export { floatRepr, floatStr } from './numfmt/float-digits';
export { floatToInt, intToFloat, intToStr } from './numfmt/int-conv';
export { formatFloat, formatInt, formatStr } from './numfmt/format-value';
export { roundFloat, roundHalfEven, roundInt } from './numfmt/round';
export { floatFromString, intFromString } from './numfmt/parse';
export { pyStrRepr } from './numfmt/str-repr';
