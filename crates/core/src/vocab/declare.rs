//! The `vocab!` macro: a snake_case enum whose every value has a doc line, a stable id and a
//! Vietnamese and an English label.

/// Declares a closed vocabulary: the enum, `ALL`, `as_str`, `from_id`, `label`, `vi`, `en` and
/// `Display` (the English label).
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $vi:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        #[cfg_attr(feature = "ts", derive(tsify::Tsify))]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable snake_case id.
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The value with the snake_case id `id`, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// Bilingual label.
            pub fn label(&self) -> $crate::text::Label {
                $crate::text::Label::fixed(self.vi(), self.en())
            }

            /// The Vietnamese label as static text (what [`Self::label`] copies).
            pub fn vi(&self) -> &'static str {
                match self { $($name::$variant => $vi,)+ }
            }

            /// The English label as static text (what [`Self::label`] copies).
            pub fn en(&self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// Every id, in declaration order (for messages listing the allowed values).
            pub fn ids() -> impl Iterator<Item = &'static str> {
                Self::ALL.iter().map(|v| v.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.en())
            }
        }
    };
}
