/** The kjar side of the engine contract (Context, Parameter, CriterionResult, Field, Labelled) and the Check helpers rules use to write their results in Vietnamese. */
package vn.hoctap.rules.common;
