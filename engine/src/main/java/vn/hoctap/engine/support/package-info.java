/** Small internal helpers shared by the engine's packages (YAML reading); not part of the engine's API. */
package vn.hoctap.engine.support;
