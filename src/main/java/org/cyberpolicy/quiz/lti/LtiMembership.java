package org.cyberpolicy.quiz.lti;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A course (LTI context) a platform user launched from, with its title and the role of the last launch: kept so that
 * the course can become a section.
 */
@Entity
@Table(name = "lti_membership")
public class LtiMembership extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "lti_user_id", nullable = false)
        public long ltiUserId;

        @Column(name = "context_id", nullable = false)
        public String contextId;

        public Key() {
        }

        Key(long ltiUserId, String contextId) {
            this.ltiUserId = ltiUserId;
            this.contextId = contextId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ltiUserId == ltiUserId && key.contextId.equals(contextId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ltiUserId, contextId);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "context_title")
    public String contextTitle;

    @Column(name = "deployment_id", nullable = false)
    public String deploymentId;

    @Column(nullable = false)
    public String role;

    @Column(name = "first_launch_at", nullable = false)
    public Instant firstLaunchAt;

    @Column(name = "last_launch_at", nullable = false)
    public Instant lastLaunchAt;

    /** Records a launch from the course, making the membership at the first one. */
    static void launched(long ltiUserId, String contextId, String title, String deploymentId, String role,
            Instant now) {
        LtiMembership membership = findById(new Key(ltiUserId, contextId));
        boolean first = membership == null;
        if (first) {
            membership = new LtiMembership();
            membership.id = new Key(ltiUserId, contextId);
            membership.firstLaunchAt = now;
        }
        membership.contextTitle = title;
        membership.deploymentId = deploymentId;
        membership.role = role;
        membership.lastLaunchAt = now;
        if (first) {
            membership.persist();
        }
    }

    public static List<LtiMembership> ofUser(long ltiUserId) {
        return list("id.ltiUserId", ltiUserId);
    }
}
