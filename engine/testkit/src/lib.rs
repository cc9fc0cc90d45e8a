//! The engine's test kit: code that measures or exercises the engine but never ships with it.
//! It sits under engine/ because one of its lookup strategies needs `unsafe`, which only the
//! engine's folder may hold.

pub mod lookup;
