/**
 * The value classes of `class` statements' instances (`PyInstance`) and of the descriptor
 * and helper objects (`property`, `staticmethod`, `classmethod`, `super`, `NotImplemented`,
 * `...`), with their types. Their builtins (the constructors, `property.setter`, ...) are
 * builtins-objects.ts; looking attributes up through them is objects.ts.
 */
import type { Value } from './values';
import { PyObject, PyType, Types } from './values';

function t(name: string): PyType {
  return new PyType(name, Types.object);
}
/** The types of the descriptor and helper objects below. */
export const ObjTypes = {
  property: t('property'),
  staticmethod: t('staticmethod'),
  classmethod: t('classmethod'),
  super: t('super'),
  NotImplementedType: t('NotImplementedType'),
  ellipsis: t('ellipsis'),
};

/** An instance of a class made by a `class` statement (not an exception: those are PyExc). */
export class PyInstance extends PyObject {
  readonly dict = new Map<string, Value>();
  constructor(readonly type: PyType) {
    super();
  }
  get cls(): PyType {
    return this.type;
  }
}

export class PyProperty extends PyObject {
  constructor(
    readonly fget: Value,
    readonly fset: Value,
    readonly fdel: Value,
    /** The name it was assigned to in its class (`__set_name__`), for messages. */
    public name: string | null = null,
  ) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.property;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly fn: Value) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.staticmethod;
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly fn: Value) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.classmethod;
  }
}

export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: Value,
  ) {
    super();
  }
  get cls(): PyType {
    return ObjTypes.super;
  }
}

class PyNotImplemented extends PyObject {
  get cls(): PyType {
    return ObjTypes.NotImplementedType;
  }
  pyRepr(): string {
    return 'NotImplemented';
  }
}
export const NotImplemented = new PyNotImplemented();

class PyEllipsis extends PyObject {
  get cls(): PyType {
    return ObjTypes.ellipsis;
  }
  pyRepr(): string {
    return 'Ellipsis';
  }
}
/** `...`, the builtin `Ellipsis`. */
export const Ellipsis = new PyEllipsis();
