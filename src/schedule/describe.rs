//! A schedule in words, as typed phrases the window says in the chosen
//! language (`Display` is the English the command line prints).
