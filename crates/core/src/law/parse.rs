//! Parsing Vietnamese citations from free text (implemented in a follow-up commit).
