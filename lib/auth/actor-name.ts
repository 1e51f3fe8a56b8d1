/** How reviews and comparisons made with PARALLAX_BOOTSTRAP_TOKEN are signed (it belongs to no account). */
export const BOOTSTRAP_ACTOR_NAME = "Automation (bootstrap token)";
