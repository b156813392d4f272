/** The engine's side of the kjar contract: the few classes every hoctap kjar provides, reached reflectively. */
package vn.hoctap.engine.contract;
