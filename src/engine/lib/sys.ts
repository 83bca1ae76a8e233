/**
 * The `sys` module, the part a program's own behaviour can depend on: `exit` (a SystemExit,
 * which the trace shows as `uncaught SystemExit: CODE` when nothing catches it), `maxsize`,
 * `version_info` (CPython 3.13.0, the version of the golden traces), `byteorder`,
 * `maxunicode`. What depends on the host (argv, path, platform, stdout, recursion limit)
 * is refused.
 */
import { Exc, PyError, typeError } from '../errors';
import { NamedTupleType, PyNamedTuple } from '../collections/namedtuple';
import type { PyModule } from '../values';
import { PyExc, PyTuple } from '../values';
import { makeModule } from './module-util';

const versionInfoType = new NamedTupleType(
  'version_info',
  ['major', 'minor', 'micro', 'releaselevel', 'serial'],
  [],
  'sys',
  'sys.version_info',
);
versionInfoType.construct = () => {
  throw typeError("cannot create 'sys.version_info' instances");
};

export function makeSys(): PyModule {
  return makeModule(
    'sys',
    {
      exit: (a, kw) => {
        if (kw?.size) throw typeError('sys.exit() takes no keyword arguments');
        if (a.length > 1) throw typeError(`exit expected at most 1 argument, got ${a.length}`);
        const status = a[0] ?? null;
        // PyErr_SetObject: None means no arguments, a tuple is the arguments
        const args =
          status === null ? [] : status instanceof PyTuple ? [...status.items] : [status];
        throw new PyError(new PyExc(Exc.SystemExit, args));
      },
    },
    {
      maxsize: 9223372036854775807n,
      maxunicode: 0x10ffff,
      byteorder: 'little',
      version_info: new PyNamedTuple(versionInfoType, [3, 13, 0, 'final', 0]),
    },
  );
}
