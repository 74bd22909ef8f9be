"""Qt item models over the services' plain records; each is tested without a window."""
