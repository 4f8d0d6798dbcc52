// placeholder: written by the inspector work
