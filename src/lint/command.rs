//! `rulecraft lint`. (Skeleton: written in its own change.)
