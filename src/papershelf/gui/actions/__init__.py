"""What the menus, keys and context menus do, grouped by what they act on."""
