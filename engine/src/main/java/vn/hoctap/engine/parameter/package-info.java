/**
 * Dated parameters (OpenFisca style): each threshold the circulars set, with the dates its values take effect, the
 * legal source of each value and, where a province issues its own variant, the provincial values.
 */
package vn.hoctap.engine.parameter;
