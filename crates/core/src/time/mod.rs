//! Vietnam time (UTC+07:00) and the working-day calendar (implemented in a follow-up commit).
