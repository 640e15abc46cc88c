//! `rulecraft put-events`. (Skeleton.)
