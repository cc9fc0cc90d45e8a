// internal/web/dom_exception.js - DOMException, the subset of names Node's own APIs throw.
'use strict';

const { ObjectDefineProperty } = primordials;
// DOMException (the subset of names Node's own APIs throw)
const domCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(String(message));
    // The stack is formatted on first read, with the name the error has then: read it first.
    const stack = String(this.stack);
    const name = options !== null && typeof options === 'object' ? String(options.name ?? 'Error') : String(options);
    ObjectDefineProperty(this, 'name', { value: name, writable: true, configurable: true });
    if (options !== null && typeof options === 'object' && 'cause' in options) {
      ObjectDefineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    }
    ObjectDefineProperty(this, 'stack', {
      // Its header is `name: message`, as an Error's; inspect adds `DOMException [name]`.
      value: `${name}${stack.slice('Error'.length)}`, writable: true, configurable: true,
    });
  }
  get code() { return domCodes[this.name] || 0; }
}
for (const [name, code] of Object.entries(domCodes)) {
  const constant = name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
  ObjectDefineProperty(DOMException, constant, { value: code, enumerable: true });
}
function domException(message, name) { return new DOMException(message, name); }

module.exports = {
  DOMException,
  domException,
};
