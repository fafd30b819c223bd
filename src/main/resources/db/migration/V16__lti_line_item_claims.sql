-- Line items the tool finds or makes for links the platform gives none (docs/interop.md, "A link without a line
-- item"): while one instance asks the platform, the link is claimed until this time, so that two instances (or two
-- launches) never make two gradebook columns for one link. A claim left by a stopped instance expires.
ALTER TABLE lti_resource_link ADD COLUMN lineitem_claimed_until TIMESTAMP WITH TIME ZONE;
