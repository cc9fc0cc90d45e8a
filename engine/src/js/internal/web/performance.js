// internal/web/performance.js - performance: the instance's own clock, from its start.
'use strict';

const { domException } = require('internal/web/dom_exception');
const native = internalBinding('native');
const { info } = require('internal/process/info');
const now = () => native.now();
const timeOrigin = () => info.timeOriginMs;
// performance: the instance's own clock, from its start
const entries = [];
class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail ?? null;
  }
  toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
}
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}
class Performance {
  get timeOrigin() { return timeOrigin(); }
  now() { return now(); }
  mark(name, options) {
    const entry = new PerformanceEntry(`${name}`, 'mark', options && options.startTime !== undefined ? options.startTime : now(), 0, options && options.detail);
    entries.push(entry);
    return entry;
  }
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = markTime(startOrOptions.end);
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions);
      end = markTime(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = now();
    const entry = new PerformanceEntry(`${name}`, 'measure', start, end - start, detail);
    entries.push(entry);
    return entry;
  }
  getEntries() { return entries.slice(); }
  getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); }
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
  clearMarks(name) { removeEntries('mark', name); }
  clearMeasures(name) { removeEntries('measure', name); }
  toJSON() { return { timeOrigin: this.timeOrigin }; }
  get [Symbol.toStringTag]() { return 'Performance'; }
}
function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}
const performance = new Performance();

module.exports = {
  Performance,
  performance,
};
