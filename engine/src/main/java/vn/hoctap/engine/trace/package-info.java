/**
 * Recording what the rules did during one evaluation: which rules fired, on which facts, which parameter values they
 * read (with effective dates and sources) and which criterion results they inserted.
 */
package vn.hoctap.engine.trace;
