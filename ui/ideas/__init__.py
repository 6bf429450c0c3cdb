"""The ideas board section (issue 34): sticky notes per journey stage typed fast, moved by
drag, clustered, dot-voted, with a timer on screen, and turned into touchpoints, measures
or goals; each user action one undo step."""
