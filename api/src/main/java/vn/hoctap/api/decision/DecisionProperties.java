package vn.hoctap.api.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decision store ({@code hoctap.decisions.*}).
 *
 * @param reconcileHeadsAtStartup run {@link HeadReconciler} once when the service is ready, logging its counts (a
 *                                warning when it repaired a head or found an orphan)
 */
@ConfigurationProperties("hoctap.decisions")
public record DecisionProperties(@DefaultValue("true") boolean reconcileHeadsAtStartup) {
}
