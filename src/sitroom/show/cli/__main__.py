from sitroom.show.cli import main

main()
