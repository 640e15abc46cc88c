//! SARIF output of findings. (Skeleton: written in its own change.)
