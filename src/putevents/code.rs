//! An entry as code that sends it. (Skeleton.)
